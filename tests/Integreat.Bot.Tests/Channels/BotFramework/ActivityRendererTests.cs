using Integreat.Bot.Channels.BotFramework;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Tests.Channels.BotFramework;

public class ActivityRendererTests
{
    private static readonly Activity Incoming = new()
    {
        Type = "message",
        Id = "act-1",
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:1",
        From = new ChannelAccount("user-1", "User", "user"),
        Recipient = new ChannelAccount("bot-1", "Bot", "bot"),
        Conversation = new ConversationAccount("c1|livechat"),
        Locale = "de-DE",
    };

    [Fact]
    public void Render_AddressesTheReply_FromTheBotToTheUser()
    {
        var reply = new Reply { Language = "de", Paragraphs = ["Hallo"], Labels = new ReplyLabels("K", "T", "W", "MEHR", "MEHR") };

        var activity = Assert.Single(ActivityRenderer.Render(reply, Incoming));

        Assert.Equal("message", activity.Type);
        Assert.Equal("bot-1", activity.From!.Id);
        Assert.Equal("user-1", activity.Recipient!.Id);
        Assert.Equal("c1|livechat", activity.Conversation!.Id);
        Assert.Equal("act-1", activity.ReplyToId);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void Render_EscapesMarkdown_AndOffersChoicesAsImBack()
    {
        var reply = new Reply
        {
            Language = "en",
            Answer = new PageAnswer(1, "en", "Kita_Plätze *neu*", "Text [1].", "https://example.org/x"),
            Choices = [new Choice("1", "Kita"), new Choice("2", "School")],
            Labels = new ReplyLabels("Contacts", "Events", "More pages", "Reply MORE", "MORE"),
        };

        var activity = Assert.Single(ActivityRenderer.Render(reply, Incoming));

        Assert.StartsWith(@"**Kita\_Plätze \*neu\***", activity.Text);
        Assert.Contains(@"Text \[1\].", activity.Text);
        Assert.Contains("(https://example.org/x)", activity.Text);
        Assert.Equal(["imBack", "imBack"], activity.SuggestedActions!.Actions.Select(a => a.Type));
        Assert.Equal(["1", "2"], activity.SuggestedActions.Actions.Select(a => a.Value));
        Assert.Equal(["Kita", "School"], activity.SuggestedActions.Actions.Select(a => a.Title));
    }
}

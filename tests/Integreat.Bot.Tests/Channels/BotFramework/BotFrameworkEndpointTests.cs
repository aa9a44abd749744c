using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Integreat.Bot.Tests.Channels.Fakes;

namespace Integreat.Bot.Tests.Channels.BotFramework;

/// <summary>The Emulator without an app id: no tokens either way.</summary>
public sealed class BotFrameworkEndpointTests : IAsyncLifetime
{
    private readonly ScriptedEngine engine = new();
    private FakeServiceUrl service = null!;
    private ChannelTestHost host = null!;

    public async Task InitializeAsync()
    {
        service = await FakeServiceUrl.StartAsync();
        host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>(), engine);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await service.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("ar", "ar")]
    [InlineData("en-US", "en")]
    public async Task Message_IsAnswered_AtTheReplyRoute_FromTheBotToTheUser(string locale, string language)
    {
        var conversation = Activities.NewConversationId();
        var question = Activities.Message(service.BaseUrl, conversation, "Wo kann ich Deutsch lernen?", locale);

        var response = await PostAsync(question);

        Assert.True(response.IsSuccessStatusCode);
        var reply = Assert.Single(service.Posted);
        var questionId = question["id"]!.ToString();
        Assert.Equal("/v3/conversations/" + Uri.EscapeDataString(conversation) + "/activities/" + questionId, reply.RawPath);
        Assert.Contains("%7C", reply.RawPath);
        Assert.Equal(conversation, reply.ConversationId);
        Assert.Equal("application/json", reply.ContentType?.Split(';')[0]);
        Assert.Equal("message", reply.Body["type"]!.ToString());
        Assert.Equal(Activities.BotId, reply.Body["from"]!["id"]!.ToString());
        Assert.Equal(question["from"]!["id"]!.ToString(), reply.Body["recipient"]!["id"]!.ToString());
        Assert.Equal(conversation, reply.Body["conversation"]!["id"]!.ToString());
        Assert.Equal(questionId, reply.Body["replyToId"]!.ToString());
        Assert.Equal(language, reply.Body["locale"]!.ToString());
        Assert.Equal("markdown", reply.Body["textFormat"]!.ToString());
        Assert.Contains(ScriptedEngine.Languages[language].Title, reply.Body["text"]!.ToString());
        var actions = reply.Body["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["imBack", "imBack"], actions.Select(a => a!["type"]!.ToString()));
        Assert.Equal(["1", "2"], actions.Select(a => a!["value"]!.ToString()));
        Assert.Equal(locale, Assert.Single(engine.Received).LocaleHint);
    }

    [Fact]
    public async Task ConversationUpdate_GreetsTheUserOnce_NeverTheBot()
    {
        var conversation = Activities.NewConversationId();

        await PostAsync(Activities.ConversationUpdate(service.BaseUrl, conversation, Activities.BotId, "user-a"));
        await PostAsync(Activities.ConversationUpdate(service.BaseUrl, conversation, Activities.BotId));
        await PostAsync(Activities.ConversationUpdate(service.BaseUrl, conversation, "user-a"));

        var welcome = Assert.Single(service.Posted);
        Assert.Equal(Activities.BotId, welcome.Body["from"]!["id"]!.ToString());
        Assert.Equal("user-a", welcome.Body["recipient"]!["id"]!.ToString());
        Assert.Contains(ScriptedEngine.Languages["uk"].Welcome, welcome.Body["text"]!.ToString());
    }

    [Fact]
    public async Task ExpectReplies_AnswersInline_AndPostsNothing()
    {
        var question = Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Kita");
        question["deliveryMode"] = "expectReplies";

        var response = await PostAsync(question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", reply["type"]!.ToString());
        Assert.Equal(question["id"]!.ToString(), reply["replyToId"]!.ToString());
        Assert.Equal(Activities.BotId, reply["from"]!["id"]!.ToString());
        Assert.Empty(service.Posted);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("somethingNew")]
    public async Task OtherActivityTypes_Get200_AndNoReply(string type)
    {
        var activity = Activities.Message(service.BaseUrl, Activities.NewConversationId(), "x");
        activity["type"] = type;

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(service.Posted);
        Assert.Empty(engine.Received);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Malformed_Is400(string body)
    {
        var response = await host.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RepeatedActivity_IsAnsweredOnce()
    {
        var question = Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Arzt");

        await Task.WhenAll(PostAsync(question), PostAsync(question));
        await PostAsync(question);

        Assert.Single(service.Posted);
        Assert.Single(engine.Received);
    }

    [Fact]
    public async Task ServiceUrlWithTrailingSlash_StillReachesTheRoute()
    {
        var conversation = Activities.NewConversationId();

        await PostAsync(Activities.Message(service.BaseUrl + "/", conversation, "Schule"));

        var reply = Assert.Single(service.Posted);
        Assert.StartsWith("/v3/conversations/", reply.RawPath);
        Assert.Equal(conversation, reply.ConversationId);
    }
}

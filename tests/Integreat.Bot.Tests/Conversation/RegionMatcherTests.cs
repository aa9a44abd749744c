using Integreat.Bot.Conversation;
using Integreat.Content.Model;

namespace Integreat.Bot.Tests.Conversation;

public sealed class RegionMatcherTests
{
    private static readonly Region[] Regions =
    [
        new("lkaugsburg", "Landkreis Augsburg", []),
        new("augsburg", "Stadt Augsburg", []),
        new("remsmurrkreis", "Rems-Murr-Kreis", []),
        new("muenchen", "München", []),
    ];

    [Theory]
    [InlineData("Rems-Murr", "remsmurrkreis")]
    [InlineData("rems murr", "remsmurrkreis")]
    [InlineData("Muenchen", "muenchen")]
    [InlineData("münchen", "muenchen")]
    [InlineData("Landkreis Augsburg", "lkaugsburg")]
    [InlineData("lkaugsburg", "lkaugsburg")]
    public void Finds_one_region_by_name_prefix_or_slug(string typed, string slug) =>
        Assert.Equal(slug, Assert.Single(RegionMatcher.Find(typed, Regions)).Slug);

    [Fact]
    public void A_name_two_regions_share_is_ambiguous() =>
        Assert.Equal(["augsburg", "lkaugsburg"], RegionMatcher.Find("Augsburg", Regions).Select(r => r.Slug).Order());

    [Fact]
    public void Misspelt_names_get_suggestions() =>
        Assert.Contains(RegionMatcher.Suggest("Augsbrug", Regions), r => r.Slug == "augsburg");

    [Fact]
    public void Unrelated_words_match_nothing()
    {
        Assert.Empty(RegionMatcher.Find("Wohnung", Regions));
        Assert.Empty(RegionMatcher.Suggest("Wohnung", Regions));
    }
}

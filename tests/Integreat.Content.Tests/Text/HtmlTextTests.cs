using Integreat.Content.Text;

namespace Integreat.Content.Tests.Text;

public class HtmlTextTests
{
    [Fact]
    public void BlockElements_BecomeLines_AndHeadingsAreMarked()
    {
        var text = HtmlText.Extract("""
            <h2>Kita-Anmeldung</h2>
            <p>Melden Sie Ihr Kind <strong>früh</strong> an.<br>Die Plätze sind knapp.</p>
            <ul><li>Geburtsurkunde</li><li>Impfnachweis <em>(Masern)</em></li></ul>
            <div>Noch Fragen?</div><h3>Kosten</h3>Text ohne Absatz
            """);

        Assert.Equal(
            [
                new TextBlock(TextBlockKind.Heading, "Kita-Anmeldung", 2),
                new TextBlock(TextBlockKind.Paragraph, "Melden Sie Ihr Kind früh an."),
                new TextBlock(TextBlockKind.Paragraph, "Die Plätze sind knapp."),
                new TextBlock(TextBlockKind.ListItem, "Geburtsurkunde"),
                new TextBlock(TextBlockKind.ListItem, "Impfnachweis (Masern)"),
                new TextBlock(TextBlockKind.Paragraph, "Noch Fragen?"),
                new TextBlock(TextBlockKind.Heading, "Kosten", 3),
                new TextBlock(TextBlockKind.Paragraph, "Text ohne Absatz"),
            ],
            text.Blocks);
        Assert.Equal("Kita-Anmeldung\nMelden Sie Ihr Kind früh an.\nDie Plätze sind knapp.", string.Join('\n', text.Text.Split('\n').Take(3)));
    }

    [Fact]
    public void ShortBoldParagraphs_AreHeadings_ButBoldWordsInTextAreNot()
    {
        var text = HtmlText.Extract("""
            <p><strong>Wichtige Unterlagen</strong><br>Bringen Sie <b>alle</b> Unterlagen mit.</p>
            <p><b>Öffnungszeiten</b></p><ul><li><strong>Montag</strong></li></ul>
            """);

        Assert.Equal(
            [
                (TextBlockKind.Heading, "Wichtige Unterlagen"), (TextBlockKind.Paragraph, "Bringen Sie alle Unterlagen mit."),
                (TextBlockKind.Heading, "Öffnungszeiten"), (TextBlockKind.ListItem, "Montag"),
            ],
            text.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.All(text.Blocks, b => Assert.Equal(0, b.Level));
    }

    [Fact]
    public void NestedLists_KeepTheirItemsApart()
    {
        var text = HtmlText.Extract("<ul><li>Ämter<ul><li>Jobcenter</li></ul>und mehr</li></ul><p>Ende</p>");

        Assert.Equal(
            [(TextBlockKind.ListItem, "Ämter"), (TextBlockKind.ListItem, "Jobcenter"), (TextBlockKind.ListItem, "und mehr"), (TextBlockKind.Paragraph, "Ende")],
            text.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void TableRows_BecomeLines_WithCellsSeparated()
    {
        var text = HtmlText.ToPlainText("<table><tr><th>Tag</th><th>Zeit</th></tr><tr><td>Montag</td><td>8 - 12 Uhr</td></tr></table>");

        Assert.Equal("Tag | Zeit\nMontag | 8 - 12 Uhr", text);
    }

    [Fact]
    public void ScriptsAndStyles_AreDropped()
    {
        var text = HtmlText.ToPlainText("<style>p { color: red }</style><p>Sichtbar</p><script>var geheim = 1;</script><noscript>Bitte JS</noscript>");

        Assert.Equal("Sichtbar", text);
    }

    [Fact]
    public void Entities_AreDecoded_AndWhitespaceNormalised()
    {
        var text = HtmlText.ToPlainText("<p>  Caf&eacute;&nbsp;&amp;\n\t Beratung &ndash; &quot;kostenlos&quot;  </p><p>   </p><p>&#1605;&#1585;&#1581;&#1576;&#1575;</p>");

        Assert.Equal("Café & Beratung – \"kostenlos\"\nمرحبا", text);
    }

    [Fact]
    public void Links_AreExtractedWithTheirText()
    {
        var text = HtmlText.Extract("""
            <p>Termine <a href="https://termine.example.test/buchen">online buchen</a> oder
            <a href="/testort/de/kontakt/"> Kontakt </a>, <a href="#top">nach oben</a>,
            nochmal <a href="https://termine.example.test/buchen">hier</a>.</p>
            """);

        Assert.Equal(
            [new HtmlLink("https://termine.example.test/buchen", "online buchen"), new HtmlLink("/testort/de/kontakt/", "Kontakt")],
            text.Links);
        Assert.Equal("Termine online buchen oder Kontakt , nach oben, nochmal hier.", text.Text);
    }

    [Fact]
    public void MailtoAndTelLinks_GiveAddressesAndNumbers_NotLinks()
    {
        var text = HtmlText.Extract("""
            <p><a href="mailto:info@amt.example.test?subject=Frage">Schreiben Sie uns</a>
            <a href="tel:+49821123456">Rufen Sie an</a></p>
            <p>Oder: info@amt.example.test, Telefon 0821 123456</p>
            """);

        Assert.Empty(text.Links);
        Assert.Equal(["info@amt.example.test"], text.EmailAddresses);
        Assert.Equal(["+49821123456"], text.PhoneNumbers); // the same number written nationally is not repeated
    }

    [Theory]
    [InlineData("Tel.: 0821 324-0", "0821 324-0")]
    [InlineData("Telefon (0821) 3240 12", "(0821) 3240 12")]
    [InlineData("mobil 0171/1234567.", "0171/1234567")]
    [InlineData("Hotline +49 (0) 821 3240-12", "+49 (0) 821 3240-12")]
    [InlineData("aus dem Ausland 0049 821 32400", "0049 821 32400")]
    [InlineData("Kyjiw: +380 44 123 4567", "+380 44 123 4567")]
    [InlineData("kostenlos 0800 111 0 111 (Seelsorge)", "0800 111 0 111")]
    public void PhoneNumbers_InGermanAndInternationalForms_AreFound(string line, string expected)
    {
        Assert.Equal([expected], HtmlText.Extract($"<p>{line}</p>").PhoneNumbers);
    }

    [Theory]
    [InlineData("Am 01.02.2025 geschlossen")]
    [InlineData("Geöffnet 08:00-12:00 Uhr")]
    [InlineData("86150 Augsburg")]
    [InlineData("Zimmer 012")]
    [InlineData("Aktenzeichen AZ-0821-3240-12")]
    public void OtherNumbers_AreNotPhoneNumbers(string line)
    {
        Assert.Empty(HtmlText.Extract($"<p>{line}</p>").PhoneNumbers);
    }

    [Fact]
    public void EmailAddresses_InText_AreFound()
    {
        var text = HtmlText.Extract("<p>Schreiben Sie an beratung.integration@landkreis-test.example.de. Oder an X.Y+kita@stadt.example</p>");

        Assert.Equal(["beratung.integration@landkreis-test.example.de", "X.Y+kita@stadt.example"], text.EmailAddresses);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p> </p><script>x()</script>")]
    public void NothingVisible_GivesEmpty(string? html)
    {
        var text = HtmlText.Extract(html);

        Assert.Empty(text.Blocks);
        Assert.Equal("", text.Text);
    }

    [Fact]
    public void ParallelCalls_GiveTheSameResultAsOne()
    {
        var html = Enumerable.Range(0, 64)
            .Select(i => $"<h2>Teil {i}</h2><p>Telefon 0821 {i:000}-{i * 7:0000}, <a href=\"https://example.test/{i}\">mehr</a></p>")
            .ToList();
        var expected = html.Select(h => HtmlText.Extract(h)).ToList();

        var actual = html.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(h => HtmlText.Extract(h)).ToList();

        Assert.Equal(expected.Select(e => (e.Text, e.PhoneNumbers[0], e.Links[0])), actual.Select(a => (a.Text, a.PhoneNumbers[0], a.Links[0])));
    }

    [Fact]
    public void PlainTextWithoutTags_IsOneLine()
    {
        Assert.Equal("Nur Text & mehr", HtmlText.ToPlainText("Nur Text &amp; mehr"));
    }
}

using System.Text;
using System.Xml;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>Writes TwiML message responses.</summary>
public static class Twiml
{
    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary><c>&lt;Response&gt;</c> with one <c>&lt;Message&gt;</c> per text; no texts gives an empty response,
    /// which tells Twilio to send nothing.</summary>
    public static string Messages(IEnumerable<string> texts)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = false, Encoding = Encoding.UTF8 };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            writer.WriteStartElement("Response");
            foreach (var text in texts)
            {
                writer.WriteElementString("Message", XmlSafe(text));
            }

            writer.WriteEndElement();
        }

        return output.ToString();
    }

    /// <summary>Leaves out the characters XML 1.0 cannot carry at all (most control characters).</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }

        return safe.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}

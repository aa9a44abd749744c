using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integreat.Search.Analysis;

/// <summary>Cuts every token to its first <c>length</c> characters: a language-independent light stemmer.</summary>
internal sealed class PrefixStemFilter : TokenFilter
{
    private readonly int _length;
    private readonly ICharTermAttribute _term;

    public PrefixStemFilter(TokenStream input, int length)
        : base(input)
    {
        _length = length;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length > _length)
        {
            _term.Length = _length;
        }

        return true;
    }
}

namespace Keel.Conformance
{
    /// <summary>The kinds of member line in an .api listing.</summary>
    public enum ApiMemberKind
    {
        Constructor,
        Method,
        Property,
        Event,
        Field,
    }
}

namespace Keel.Conformance
{
    /// <summary>The kinds of type line in an .api listing.</summary>
    public enum ApiTypeKind
    {
        Class,
        Struct,
        Interface,
        Enum,
        Delegate,
    }
}

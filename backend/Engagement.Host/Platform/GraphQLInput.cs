using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Engagement.Platform;

/// <summary>
/// What the API accepts, narrowed to values the portal can store and compute with, so that odd input is refused where
/// it enters, with a message, instead of failing deep inside a feature (a fuzzer found each of these).
/// </summary>
public static class GraphQLInput
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    /// <summary>
    /// Replaces the built-in scalars whose values features cannot take as they are. String cannot be replaced this
    /// way (introspection's own arguments keep the built-in, and variables would no longer match them): see
    /// <see cref="StorableTextRule"/>.
    /// </summary>
    public static void NarrowScalars(ISchema schema) =>
        schema.ReplaceScalar(new IdOfText())
            .ReplaceScalar(new DateOnlyInRange())
            .ReplaceScalar(new DateTimeInRange());

    /// <summary>PostgreSQL stores no NUL character, and Npgsql writes no unpaired surrogate; JSON and GraphQL escapes can carry both.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        if (!text.Contains('\0') && text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\0')
            {
                return false;
            }

            if (char.IsSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsSurrogatePair(text[i], text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private const string NotStorable = "Text may not hold the NUL character (\\u0000) or a lone surrogate (\\ud800 to \\udfff).";

    /// <summary>Refuses text that cannot be stored, in the document's string literals and in variables alike.</summary>
    public sealed class StorableTextRule : ValidationRuleBase
    {
        private static readonly INodeVisitor Literals = new MatchingNodeVisitor<GraphQLStringValue>((literal, context) =>
        {
            if (!IsStorable(literal.Value.Span))
            {
                context.ReportError(Refusal(context, literal));
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Literals);

        public override ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => new(new Variables());

        private static ValidationError Refusal(ValidationContext context, ASTNode node) =>
            new(context.Document.Source, null!, NotStorable, node) { Code = "TEXT_NOT_STORABLE" };

        private sealed class Variables : IVariableVisitor
        {
            public ValueTask VisitScalarAsync(
                ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName, ScalarGraphType type, object? variableValue, object? parsedValue)
            {
                if (parsedValue is string text && !IsStorable(text))
                {
                    context.ReportError(Refusal(context, variable));
                }

                return ValueTask.CompletedTask;
            }

            public ValueTask VisitListAsync(
                ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName, ListGraphType type, object? variableValue, IList<object?>? parsedValue) =>
                ValueTask.CompletedTask;

            public ValueTask VisitObjectAsync(
                ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName, IInputObjectGraphType type, object? variableValue, object? parsedValue) =>
                ValueTask.CompletedTask;

            public ValueTask VisitFieldAsync(
                ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName, IInputObjectGraphType type, FieldType field, object? variableValue, object? parsedValue) =>
                ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// The spec lets a client send an integer as an ID. Resolvers read ids as Guids (or a meeting's "series:date"), which
    /// an integer cannot become: handed on as its text, it fails as any malformed id does.
    /// </summary>
    private sealed class IdOfText : IdGraphType
    {
        public override object? ParseLiteral(GraphQLValue value) => AsText(base.ParseLiteral(value));

        public override object? ParseValue(object? value) => AsText(base.ParseValue(value));

        private static object? AsText(object? id) => id is null or string ? id : Convert.ToString(id, CultureInfo.InvariantCulture);
    }

    // Features add weeks, periods and time-zone offsets to dates: near year 1 or 9999 that overflows. Both keep the
    // built-in's name, which the built-ins take from their class names.
    private sealed class DateOnlyInRange : DateOnlyGraphType
    {
        public DateOnlyInRange() => Name = "DateOnly";

        public override object? ParseLiteral(GraphQLValue value) => InRange(base.ParseLiteral(value));

        public override object? ParseValue(object? value) => InRange(base.ParseValue(value));

        private static object? InRange(object? value) => value is DateOnly { Year: < FirstYear or > LastYear } ? throw OutOfRange() : value;
    }

    private sealed class DateTimeInRange : DateTimeGraphType
    {
        public DateTimeInRange() => Name = "DateTime";

        public override object? ParseLiteral(GraphQLValue value) => InRange(base.ParseLiteral(value));

        public override object? ParseValue(object? value) => InRange(base.ParseValue(value));

        private static object? InRange(object? value) =>
            value is DateTime { Year: < FirstYear or > LastYear } or DateTimeOffset { Year: < FirstYear or > LastYear } ? throw OutOfRange() : value;
    }

    private static FormatException OutOfRange() => new($"Dates must lie between the years {FirstYear} and {LastYear}.");
}

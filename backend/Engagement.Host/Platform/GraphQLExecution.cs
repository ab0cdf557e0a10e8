using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Engagement.Platform;

/// <summary>Parses and runs one GraphQL request for either transport, within the limits on size and time.</summary>
public sealed class GraphQLExecution(IDocumentExecuter<EngagementSchema> executer)
{
    /// <summary>Queries and mutations must finish well within this; subscriptions only use it to set up their stream.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request, GraphQLDocument document, EngagementUserContext userContext, IServiceProvider requestServices,
        CancellationToken cancellationToken)
    {
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(TimeLimit);
        return await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.UserContext = userContext;
            options.RequestServices = requestServices;
            options.CancellationToken = timeLimit.Token;
        });
    }

    /// <summary>
    /// Validation compares fields, directives and fragments pairwise: 20,000 repetitions of one field in a 100 KB
    /// document cost it ten seconds, a cycle of 800 fragments four. The app's largest document has 70 selections and
    /// 4 fragments, so these bounds refuse only documents written to be slow.
    /// </summary>
    public const int MaxSelectionsAndDirectives = 500;
    public const int MaxFragments = 50;

    /// <summary>The document of a request, or why it cannot run: it does not parse, or it is too large to validate.</summary>
    public static (GraphQLDocument? Document, string? Problem) Parse(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException problem)
        {
            // The parser refuses documents nested deeper than it can recurse with the same exception family.
            return (null, $"The query does not parse: {problem.Description} (line {problem.Location.Line}, column {problem.Location.Column}).");
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().Count();
        var selections = document.Definitions.OfType<IHasSelectionSetNode>().Sum(definition => Count(definition.SelectionSet))
            + document.Definitions.OfType<IHasDirectivesNode>().Sum(definition => definition.Directives?.Count ?? 0);
        return fragments > MaxFragments || selections > MaxSelectionsAndDirectives
            ? (null, $"The query is too large: at most {MaxSelectionsAndDirectives} fields, fragment spreads and directives, and {MaxFragments} fragments.")
            : (document, null);
    }

    private static int Count(GraphQLSelectionSet? selections) =>
        selections?.Selections.Sum(selection => 1
            + ((selection as IHasDirectivesNode)?.Directives?.Count ?? 0)
            + Count((selection as IHasSelectionSetNode)?.SelectionSet)) ?? 0;

    /// <summary>The operation that will run, or null when the name matches none (execution then reports it).</summary>
    public static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }
}

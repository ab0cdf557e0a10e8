using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Engagement.Platform;

/// <summary>Runs one parsed GraphQL request for either transport, under the request time limit.</summary>
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

    /// <summary>The operation that will run, or null when the name matches none (execution then reports it).</summary>
    public static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }
}

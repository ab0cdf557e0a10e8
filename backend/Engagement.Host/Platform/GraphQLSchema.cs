using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Engagement.Platform;

/// <summary>Each feature adds its own root fields; the schema only gathers them.</summary>
public interface IFeatureSchema
{
    void AddQueries(ObjectGraphType query) { }
    void AddMutations(ObjectGraphType mutation) { }
    void AddSubscriptions(ObjectGraphType subscription) { }
}

public sealed class EngagementSchema : Schema
{
    public EngagementSchema(IServiceProvider services, IEnumerable<IFeatureSchema> features) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        var subscription = new ObjectGraphType { Name = "Subscription" };
        foreach (var feature in features)
        {
            feature.AddQueries(query);
            feature.AddMutations(mutation);
            feature.AddSubscriptions(subscription);
        }

        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;
        GraphQLInput.NarrowScalars(this);
    }
}

public static class GraphQLSetup
{
    /// <summary>
    /// Deep or wide documents are refused before execution. A feed page of 50 kudos with every card field costs about
    /// 15,000, so the complexity bound admits any page the app asks for and refuses documents many times larger.
    /// </summary>
    public const int MaxDepth = 12;
    public const int MaxComplexity = 25_000;

    public static IHostApplicationBuilder AddEngagementGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<EngagementSchema>()
            .AddGraphTypes(typeof(EngagementSchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = MaxDepth;
                options.MaxComplexity = MaxComplexity;
            })
            .AddValidationRule<GraphQLInput.StorableTextRule>()
            .AddValidationRule<IntrospectionForSignedInPeople>()
            .AddErrorInfoProvider<MaskingErrorInfoProvider>()
            .AddUnhandledExceptionHandler(TranslateDomainErrors));
        builder.Services.AddSingleton<GraphQLExecution>();
        builder.Services.AddSingleton<RequestBudget>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<GraphQLWebSocketEndpoint>();
        return builder;
    }

    public static IEndpointRouteBuilder MapEngagementGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var http = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        var webSocket = endpoints.ServiceProvider.GetRequiredService<GraphQLWebSocketEndpoint>();
        endpoints.Map("/graphql", context => context.WebSockets.IsWebSocketRequest
            ? webSocket.HandleAsync(context)
            : http.HandleAsync(context));
        return endpoints;
    }

    private static void TranslateDomainErrors(UnhandledExceptionContext context)
    {
        if (context.OriginalException is DomainException domain)
        {
            context.Exception = new ExecutionError(domain.Message) { Code = domain.Code };
            return;
        }

        // Ids arrive as strings and become Guids when a resolver reads its arguments, or an input object its fields
        // (before any field runs): a malformed one is the caller's mistake.
        if (context.OriginalException is FormatException)
        {
            var where = context.FieldContext is { } field ? $"An argument of {field.FieldDefinition.Name}" : "A value of the request";
            context.Exception = new ExecutionError($"{where} is not in the expected format (ids look like 8c0e1c2e-…).") { Code = "INVALID_ARGUMENT" };
            return;
        }

        // graphql-dotnet throws for __type(name: "") where the spec answers null; there is no such type either way.
        if (context.OriginalException is ArgumentOutOfRangeException && context.FieldContext?.FieldDefinition.Name == "__type")
        {
            context.Exception = new ExecutionError("Name the type to look up.") { Code = "INVALID_ARGUMENT" };
            return;
        }

        var logger = context.ExecutionOptions.RequestServices?.GetService<ILogger<EngagementSchema>>();
        if (Transient.Is(context.OriginalException))
        {
            context.Exception = new ExecutionError(Transient.Message) { Code = Transient.Code };
            Transient.ForgetDeadConnections(context.OriginalException, context.ExecutionOptions.RequestServices?.GetService<Npgsql.NpgsqlDataSource>());
            logger?.LogWarning("GraphQL field {Field} met a transient failure: {Reason}", context.FieldContext?.FieldDefinition.Name, context.OriginalException.Message);
            return;
        }

        logger?.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
    }

    /// <summary>
    /// A live schema tells an anonymous visitor exactly what to probe, so only signed-in people may ask for __schema or
    /// __type (__typename stays: clients ask for it everywhere). The app and its code generator use schema.graphql.
    /// </summary>
    internal sealed class IntrospectionForSignedInPeople : ValidationRuleBase
    {
        private static readonly INodeVisitor Refusal = new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
            {
                context.ReportError(new ValidationError(context.Document.Source, null!, "Sign in to look at the schema.", field) { Code = "UNAUTHENTICATED" });
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            new(context.UserContext is EngagementUserContext { Caller.IsSignedIn: true } ? null : Refusal);
    }

    /// <summary>
    /// Unhandled errors keep only a generic message: their default code would name the .NET exception type. Other
    /// errors keep their one code; the list of codes is left out, as it adds one per inner exception, named after its
    /// type (a variable that does not convert carries INVALID_OPERATION or OVERFLOW).
    /// </summary>
    internal sealed class MaskingErrorInfoProvider()
        : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false })
    {
        public override ErrorInfo GetInfo(ExecutionError executionError)
        {
            if (executionError is not UnhandledError)
            {
                return base.GetInfo(executionError);
            }

            return new ErrorInfo { Message = "Something went wrong on our side. It has been logged; please try again." };
        }
    }
}

/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.UpdateCompanyProfileDocument,
};
const documents: Documents = {
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.UpdateCompanyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').CompanyUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').GetCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

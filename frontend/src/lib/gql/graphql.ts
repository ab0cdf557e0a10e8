/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CompanyProfileInput = {
  ideaAnswerSlaHours: number;
  monthlyKudosAllowance: number;
  name: string;
  timeZone: string;
  values: Array<string>;
};

export type CompanyUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyUpdatedSubscription = { companyUpdated: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type GetCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCompanyQuery = { company: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: CompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { updateCompanyProfile: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CompanyUpdatedDocument = new TypedDocumentString(`
    subscription CompanyUpdated {
  companyUpdated {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CompanyUpdatedSubscription, CompanyUpdatedSubscriptionVariables>;
export const GetCompanyDocument = new TypedDocumentString(`
    query GetCompany {
  company {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<GetCompanyQuery, GetCompanyQueryVariables>;
export const UpdateCompanyProfileDocument = new TypedDocumentString(`
    mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
  updateCompanyProfile(input: $input) {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyProfileMutation, UpdateCompanyProfileMutationVariables>;
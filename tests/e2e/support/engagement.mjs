// What every e2e test shares: where the host is, and a plain GraphQL-over-HTTP call.
export const baseUrl = (process.env.ENGAGEMENT_URL ?? 'http://127.0.0.1:5080').replace(/\/+$/, '');
export const graphqlUrl = `${baseUrl}/graphql`;
export const socketUrl = graphqlUrl.replace(/^http/, 'ws');

export const companyFields = 'name timeZone values ideaAnswerSlaHours monthlyKudosAllowance updatedAt';

/** POSTs an operation the way the web client does and returns `data`; throws on any GraphQL error. */
export async function graphql(query, variables) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'X-Engagement-Client': 'web',
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`POST ${graphqlUrl} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) {
    throw new Error(`POST ${graphqlUrl} answered ${response.status} with errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function readCompany() {
  return (await graphql(`query { company { ${companyFields} } }`)).company;
}

export async function updateCompany(input) {
  const data = await graphql(
    `mutation ($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { ${companyFields} } }`,
    { input },
  );
  return data.updateCompanyProfile;
}

/** The mutation input that puts back a profile as it was read. */
export const profileInput = ({ name, timeZone, values, ideaAnswerSlaHours, monthlyKudosAllowance }) => ({
  name,
  timeZone,
  values,
  ideaAnswerSlaHours,
  monthlyKudosAllowance,
});

/** A short marker that makes this run's changes recognisable. */
export const runMarker = () => Math.random().toString(36).slice(2, 8);

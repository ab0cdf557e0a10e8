// What every e2e test shares: where the host is, the demo sign-ins, and plain GraphQL-over-HTTP calls.
export const baseUrl = (process.env.ENGAGEMENT_URL ?? 'http://127.0.0.1:5080').replace(/\/+$/, '');
export const graphqlUrl = `${baseUrl}/graphql`;
export const socketUrl = graphqlUrl.replace(/^http/, 'ws');

/** The backend refuses every /graphql request without it (the CSRF guard of the session cookie). */
export const clientHeader = { 'X-Engagement-Client': 'web' };

/** The people the backend's demo organisation creates. */
export const demo = {
  password: 'Engagement-demo-2026',
  hrAdmin: 'hr@demo.engagement.test',
  manager: 'manager@demo.engagement.test',
  employee: 'employee@demo.engagement.test',
};

export const companyFields = 'name timeZone values ideaAnswerSlaHours monthlyKudosAllowance updatedAt';

/** POSTs an operation the way the web client does; returns the status and the parsed body, errors or not. */
export async function post(query, variables, { cookie } = {}) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...clientHeader,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { response, body: JSON.parse(text) };
  } catch {
    throw new Error(`POST ${graphqlUrl} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}

/** POSTs an operation and returns `data`; throws on any GraphQL error. */
export async function graphql(query, variables, options) {
  const { response, body } = await post(query, variables, options);
  if (body.errors?.length) {
    throw new Error(`POST ${graphqlUrl} answered ${response.status} with errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/**
 * Signs in over the API and keeps the session cookie: `session.graphql(query, variables)` calls as that
 * person; `session.cookies` are the cookies as Playwright's `context.addCookies` takes them.
 */
export async function signIn(email, password = demo.password) {
  const { response, body } = await post(
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id name email title isManager isHrAdmin } }',
    { email, password },
  );
  if (body.errors?.length) throw new Error(`signing in as ${email} failed: ${JSON.stringify(body.errors)}`);
  const pairs = response.headers.getSetCookie().map((header) => header.split(';')[0].trim());
  if (pairs.length === 0) throw new Error(`signing in as ${email} set no cookie`);
  const cookie = pairs.join('; ');
  return {
    employee: body.data.signIn,
    cookie,
    cookies: pairs.map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl, httpOnly: true };
    }),
    graphql: (query, variables) => graphql(query, variables, { cookie }),
    post: (query, variables) => post(query, variables, { cookie }),
  };
}

export async function readCompany(session) {
  return (await session.graphql(`query { company { ${companyFields} } }`)).company;
}

/** Saves the company profile; only HR admins may. */
export async function updateCompany(session, input) {
  const data = await session.graphql(
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

/** How many active people the directory lists (optionally matching `search`). */
export async function directoryTotal(session, search = null) {
  const data = await session.graphql('query ($search: String) { directory(search: $search, first: 1) { totalCount } }', {
    search,
  });
  return data.directory.totalCount;
}

/** A short marker that makes this run's changes recognisable. */
export const runMarker = () => Math.random().toString(36).slice(2, 8);

// The dashboard's only way to the data: POST to the GraphQL endpoint of the same server.

export class GraphQLRequestError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data)
    throw new GraphQLRequestError(`GraphQL request failed (HTTP ${response.status})`);
  return body.data;
}

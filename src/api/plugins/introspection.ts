// Introspection and the landing page go together: Apollo Sandbox needs introspection to show
// the schema, so when introspection is off (NODE_ENV=production) the landing page is off too,
// and Apollo's own validation refuses `__schema`/`__type` queries.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

export function introspectionPlugin({ enabled }: { enabled: boolean }): ApolloServerPlugin {
  return enabled
    ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
    : ApolloServerPluginLandingPageDisabled();
}

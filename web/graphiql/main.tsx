// GraphiQL for newsgraph's API, served at /graphiql from the project's own bundle, so the IDE
// works with no internet (Apollo Sandbox at /graphql loads from Apollo's CDN). It opens with the
// schema's documentation shown and an example query that reads the sample report's facts.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const EXAMPLE = `# Who attacked Kataib Hezbollah, how often, and on what evidence?
# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.
query WhoAttacked {
  entities(where: { name: { eq: "Kataib Hezbollah" } }) {
    name
    type
    attackedByConnection {
      edges {
        node { name type }
        properties { count confidence }
      }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} visiblePlugin={DOC_EXPLORER_PLUGIN} />,
  );
}

# The newsgraph service of docker-compose.yml: the CLI (API, dashboard, ingest) on Node 20.
# It talks to the Neo4j named by NEO4J_URI, so it needs no Java or Maven.
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Only what the build and the running service read (the local-Neo4j launcher is not needed).
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY web ./web
COPY scripts ./scripts
COPY samples ./samples
RUN npm run build && npm prune --omit=dev

# NODE_ENV stays unset (development): the API then allows introspection, so Apollo Sandbox at
# /graphql works. Set NODE_ENV=production in the compose file to turn it off.
USER node
EXPOSE 4000
ENTRYPOINT ["node", "bin/newsgraph.js"]
CMD ["serve", "--host", "0.0.0.0"]

# The two images of docker-compose.yml, on Node 24, from one description (build context: the repository root, for
# the npm workspaces): the CMS (Strapi 5, target `cms`) and the public site (Astro SSR served by site/server.mjs,
# target `site`). Both are built the same way: install the one workspace's dependencies, compile content/ and
# search/, build the workspace. docker-compose.yml passes the workspace (WORKSPACE=cms or site) with its target.
FROM node:24-bookworm-slim AS build
ARG WORKSPACE
WORKDIR /srv/cong
COPY package.json package-lock.json ./
COPY content/package.json content/
COPY search/package.json search/
COPY cms/package.json cms/
COPY site/package.json site/
COPY tests/package.json tests/
RUN test "$WORKSPACE" = cms || test "$WORKSPACE" = site || { echo "build with --build-arg WORKSPACE=cms or site" >&2; exit 1; }
RUN npm ci --workspace "@cong/$WORKSPACE" --include-workspace-root --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY content content
COPY search search
COPY ${WORKSPACE} ${WORKSPACE}
RUN npx tsc -b content search && STRAPI_TELEMETRY_DISABLED=true ASTRO_TELEMETRY_DISABLED=1 NODE_ENV=production npm run build --workspace "@cong/$WORKSPACE"

FROM node:24-bookworm-slim AS runtime
WORKDIR /srv/cong
ENV NODE_ENV=production
COPY --from=build /srv/cong /srv/cong

FROM runtime AS cms
ENV STRAPI_TELEMETRY_DISABLED=true
WORKDIR /srv/cong/cms
# Built with WORKSPACE=cms: the target and the argument must agree.
RUN test -d dist/build
EXPOSE 1337
CMD ["node", "../node_modules/.bin/strapi", "start"]

FROM runtime AS site
ENV ASTRO_TELEMETRY_DISABLED=1
WORKDIR /srv/cong/site
RUN test -f dist/server/entry.mjs
EXPOSE 4321
CMD ["node", "server.mjs"]

# Threadmap's web app in a container: `docker build -t threadmap .` then
# `docker run -p 3000:3000 -v threadmap-data:/data threadmap` (or `docker compose up`).
# The map store lives on the /data volume, so maps outlive the container.

# Build: compilers for better-sqlite3 in case no prebuilt binary fits, the full install (npm ci runs
# "prepare", which compiles dist/ and bundles public/dist), then only the runtime dependencies kept.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY public ./public
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

# Run: the built app only, as the unprivileged node user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production THREADMAP_DB=/data/threadmap.db PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/public/dist ./public/dist
COPY package.json ./
COPY bin ./bin
COPY views ./views
COPY data/lexicons ./data/lexicons
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# 0.0.0.0 inside the container: Docker's port mapping decides who can reach it from outside.
CMD ["node", "bin/threadmap.js", "serve", "--host", "0.0.0.0"]

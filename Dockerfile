# The Contact Plan sync service: one image for `worker`, `scheduler` and `serve`.
# Build: docker build -t contact-plan-sync .
# Run:   docker run --env-file .env contact-plan-sync worker

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY planning-core/package.json planning-core/
COPY plan-reader/package.json plan-reader/
COPY tools/org-emulator/package.json tools/org-emulator/
COPY sync-service/package.json sync-service/
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY planning-core planning-core
COPY plan-reader plan-reader
COPY sync-service sync-service
RUN npx tsc -b planning-core plan-reader sync-service

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
# A batch of 500 accounts needs about 450 MiB; without a cap V8 keeps garbage up to a share of the host's memory.
ENV NODE_OPTIONS=--max-old-space-size=768
# Outside a container `serve` and a worker's metrics port listen on 127.0.0.1 only; inside one they must listen on the
# container's interface for a published port to reach them (the container's network is the boundary).
ENV CP_HTTP_HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
COPY planning-core/package.json planning-core/
COPY plan-reader/package.json plan-reader/
COPY tools/org-emulator/package.json tools/org-emulator/
COPY sync-service/package.json sync-service/
# Production dependencies of the three shipped workspaces only (not the emulator); the workspace links resolve
# @contact-plan/planning-core and @contact-plan/plan-reader to their dist.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace sync-service --workspace planning-core \
    --workspace plan-reader \
    && npm cache clean --force
COPY --from=build /app/planning-core/dist planning-core/dist
COPY --from=build /app/plan-reader/dist plan-reader/dist
COPY --from=build /app/sync-service/dist sync-service/dist
USER node
EXPOSE 8080
ENTRYPOINT ["node", "sync-service/dist/cli/main.js"]
CMD ["worker"]

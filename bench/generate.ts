/**
 * Synthetic, realistic inputs shared by the engine and language-server benchmarks, so both measure
 * the same text: a multi-stage Dockerfile and multi-document Deployment manifests of a given length.
 */
export function dockerfile(lines: number): string {
  const out = ['# syntax=docker/dockerfile:1', 'FROM node:20-bookworm AS build', 'ARG NPM_TOKEN', 'WORKDIR /src'];
  let i = 0;
  while (out.length < lines - 4) {
    out.push(`RUN apt-get update && apt-get install -y --no-install-recommends pkg${i} \\`, `    && rm -rf /var/lib/apt/lists/* # step ${i}`);
    out.push(`ENV FEATURE_${i}=enabled PATH=/opt/tool${i}/bin:$PATH`);
    out.push(`COPY src/module${i} /src/module${i}`);
    i++;
  }
  out.push('FROM node:20-bookworm-slim', 'COPY --from=build /src/dist /app', 'EXPOSE 8080', 'CMD ["node", "/app/server.js"]');
  return out.join('\n') + '\n';
}

export const deployment = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 5}
  labels:
    app: app-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: main
          image: registry.example.com/app-${i}:1.${i}.0
          env:
            - name: LOG_LEVEL
              value: info
          securityContext:
            allowPrivilegeEscalation: false
            privileged: ${i % 3 === 0}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
---
`;

export function manifests(lines: number): string {
  let text = '';
  for (let i = 0; text.split('\n').length < lines; i++) text += deployment(i);
  return text.split('\n').slice(0, lines).join('\n') + '\n';
}

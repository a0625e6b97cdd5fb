/** K8S062 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "tls with hosts", code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "spec:", "  tls:", "  - hosts: [shop.example.com]", "    secretName: web-tls", "  rules:", "  - host: shop.example.com", "    http:", "      paths:", "      - path: /", "        pathType: Prefix", "        backend: {service: {name: web, port: {number: 80}}}") },
    { name: "TLS at the AWS load balancer", code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc", "spec:", "  rules:", "  - host: shop.example.com", "    http:", "      paths:", "      - path: /", "        pathType: Prefix", "        backend: {service: {name: web, port: {number: 80}}}") },
    { name: "GKE managed certificate", code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    networking.gke.io/managed-certificates: web-cert", "spec:", "  rules:", "  - host: shop.example.com", "    http:", "      paths:", "      - path: /", "        pathType: Prefix", "        backend: {service: {name: web, port: {number: 80}}}") },
    { name: "not an Ingress", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  ports: [{port: 80}]") },
  ],
  invalid: [
    {
      name: "no tls: suggestion adds one for the hosts",
      code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "spec:", "  rules:", "  - host: shop.example.com", "    http:", "      paths:", "      - path: /", "        pathType: Prefix", "        backend: {service: {name: web, port: {number: 80}}}"),
      errors: [{ messageId: 'noTls', range: [4, 0, 4, 4], suggestions: ["Add a tls section (certificate Secret \"web-tls\")"] }],
    },
    {
      name: "tls: [] is no TLS",
      code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "spec:", "  tls: []", "  rules:", "  - host: shop.example.com", "    http:", "      paths:", "      - path: /", "        pathType: Prefix", "        backend: {service: {name: web, port: {number: 80}}}"),
      errors: [{ messageId: 'noTls', range: [5, 2, 5, 5] }],
    },
    {
      name: "extensions/v1beta1 without hosts",
      code: y("apiVersion: extensions/v1beta1", "kind: Ingress", "metadata:", "  name: app-ingress", "spec:", "  rules:", "  - http:", "      paths:", "      - backend:", "          serviceName: app", "          servicePort: 3000"),
      errors: [{ messageId: 'noTls', range: [4, 0, 4, 4], suggestions: ["Add a tls section (certificate Secret \"app-ingress-tls\")"] }],
    },
  ],
};

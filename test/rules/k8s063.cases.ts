/** K8S063 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "dedicated annotations", code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    nginx.ingress.kubernetes.io/rewrite-target: /", "    nginx.ingress.kubernetes.io/ssl-redirect: \"true\"", "spec:", "  ingressClassName: nginx") },
    { name: "controller ConfigMap with snippets disabled", code: y("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: ingress-nginx-controller", "data:", "  allow-snippet-annotations: \"false\"") },
    { name: "snippet key on a Service is not read by ingress-nginx", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: s", "  annotations:", "    nginx.ingress.kubernetes.io/server-snippet: x", "spec:", "  ports: [{port: 80}]") },
  ],
  invalid: [
    {
      name: "server-snippet among other annotations, fix removes its lines",
      code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    nginx.ingress.kubernetes.io/rewrite-target: /", "    nginx.ingress.kubernetes.io/server-snippet: |", "      location /admin { deny all; }", "    nginx.ingress.kubernetes.io/ssl-redirect: \"true\"", "spec:", "  ingressClassName: nginx"),
      errors: [{ messageId: 'snippet', range: [6, 4, 6, 46] }],
      output: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    nginx.ingress.kubernetes.io/rewrite-target: /", "    nginx.ingress.kubernetes.io/ssl-redirect: \"true\"", "spec:", "  ingressClassName: nginx"),
    },
    {
      name: "configuration-snippet as the only annotation",
      code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations:", "    nginx.ingress.kubernetes.io/configuration-snippet: 'more_set_headers \"X-Frame-Options: DENY\";'", "spec:", "  ingressClassName: nginx"),
      errors: [{ messageId: 'snippet', range: [5, 4, 5, 53] }],
      output: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations: {}", "spec:", "  ingressClassName: nginx"),
    },
    {
      name: "controller ConfigMap allowing snippets",
      code: y("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: ingress-nginx-controller", "data:", "  allow-snippet-annotations: \"true\""),
      errors: [{ messageId: 'allowSnippets', range: [5, 29, 5, 35] }],
      output: y("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: ingress-nginx-controller", "data:", "  allow-snippet-annotations: \"false\""),
    },
    {
      name: "flow annotations: reported, no safe line edit",
      code: y("apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: web", "  annotations: {nginx.ingress.kubernetes.io/auth-snippet: \"x\", a: b}", "spec: {}"),
      errors: [{ messageId: 'snippet', range: [4, 16, 4, 56] }],
    },
  ],
};

/** HV031 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "helm create default: ingress disabled", code: y("ingress:", "  enabled: false", "  tls: []") },
    { name: "helm create with tls filled", code: y("ingress:", "  enabled: true", "  tls:", "    - secretName: chart-example-tls", "      hosts: [chart-example.local]") },
    { name: "Bitnami tls: true", code: y("ingress:", "  enabled: true", "  hostname: app.local", "  tls: true") },
    { name: "Bitnami extraTls", code: y("ingress:", "  enabled: true", "  tls: false", "  extraTls:", "    - hosts: [app.local]", "      secretName: app-tls") },
  ],
  invalid: [
    {
      name: "helm create with tls: []",
      code: y("ingress:", "  enabled: true", "  className: nginx", "  tls: []"),
      errors: [{ messageId: 'noTls', range: [3, 7, 3, 9] }],
    },
    {
      name: "Bitnami tls: false (suggestion sets true)",
      code: y("ingress:", "  enabled: true", "  hostname: app.local", "  tls: false"),
      errors: [{ messageId: 'noTls', range: [3, 7, 3, 12], suggestions: ["Set tls: true (Bitnami: add certManager, selfSigned or a certificate Secret)"] }],
    },
    {
      name: "component ingress without a tls key",
      code: y("server:", "  ingress:", "    enabled: true", "    hostname: argo.local"),
      errors: [{ messageId: 'noTls', range: [1, 2, 1, 9] }],
    },
  ],
};

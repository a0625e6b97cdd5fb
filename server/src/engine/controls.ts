/**
 * The SOC 2 trust services criteria soc2lint maps findings to, with a short name and what each
 * asks of a repository's container and cluster configuration. Written in our own words; the
 * criteria ids are the AICPA 2017 Trust Services Criteria (revised points of focus, 2022).
 * Used by the generated docs (docs/controls.md), reports and SARIF output.
 */
import type { Soc2Control } from './types';

export interface Soc2Criterion {
  /** Short name, e.g. "Logical access security". */
  name: string;
  /** What the criterion expects, and how configuration in a repository bears on it. */
  description: string;
}

export const SOC2_CRITERIA: Readonly<Record<Soc2Control, Soc2Criterion>> = {
  'CC6.1': {
    name: 'Logical access security',
    description:
      'Access to systems and data is restricted by security software, infrastructure and architecture. For containers this means least privilege: workloads run as non-root users, cannot escalate privileges, keep only the capabilities they need, and Kubernetes permissions (RBAC) grant no more than required.',
  },
  'CC6.2': {
    name: 'Registration and authorization of access',
    description:
      'Credentials and access are issued only to registered, authorized users and services, and withdrawn when no longer needed. In a cluster this covers how the API server and kubelets authenticate callers and which identities workloads receive.',
  },
  'CC6.3': {
    name: 'Role-based access and isolation',
    description:
      'Access is granted, changed and removed by role, following least privilege and separation of duties. For workloads this includes isolation from the host and from each other: no sharing of host namespaces, host paths or the container runtime socket.',
  },
  'CC6.6': {
    name: 'Protection at the system boundary',
    description:
      'Systems are protected against threats from outside their boundaries. For Kubernetes this means network segmentation with NetworkPolicies, limited external exposure of Services and Ingresses, and encrypted entry points.',
  },
  'CC6.7': {
    name: 'Protection of information in transmission and storage',
    description:
      'The movement of information is restricted to authorized parties and protected while it travels and where it is kept. Secrets must not be written into images, manifests or values files, where they travel with the code to everyone who can read it.',
  },
  'CC6.8': {
    name: 'Prevention of unauthorized or malicious software',
    description:
      'Controls prevent or detect the introduction of unauthorized or malicious software. For images this means trusted registries, pinned versions and digests, and verified downloads instead of unchecked remote content.',
  },
  'CC7.2': {
    name: 'Monitoring for anomalies',
    description:
      'System components are monitored for anomalies that indicate malicious acts, failures or errors. Configuration supports this with health checks and probes, logging and audit settings, and files that parse so they can be analysed at all.',
  },
  'CC7.3': {
    name: 'Evaluation of security events',
    description:
      'Security events are evaluated to decide whether they are incidents that need a response. That needs traceability (owners and labels on resources) and a documented, reasoned and time-boxed record of every accepted exception.',
  },
  'A1.2': {
    name: 'Availability: resilient infrastructure and recovery',
    description:
      'Infrastructure, software and recovery processes are designed to meet availability commitments. For workloads this means resource requests and limits, health probes, enough replicas and disruption budgets.',
  },
};

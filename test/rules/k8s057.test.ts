import rule from '../../rules/kubernetes/k8s057-no-rbac-read-secrets';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s057.cases';

runRuleTests(rule, cases);

import rule from '../../rules/kubernetes/k8s056-no-rbac-admin-resources';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s056.cases';

runRuleTests(rule, cases);

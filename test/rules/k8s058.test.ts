import rule from '../../rules/kubernetes/k8s058-no-rbac-network-management';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s058.cases';

runRuleTests(rule, cases);

import rule from '../../rules/kubernetes/k8s050-no-rbac-wildcard';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s050.cases';

runRuleTests(rule, cases);

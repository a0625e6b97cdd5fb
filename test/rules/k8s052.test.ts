import rule from '../../rules/kubernetes/k8s052-no-rbac-escalation-verbs';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s052.cases';

runRuleTests(rule, cases);

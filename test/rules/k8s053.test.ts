import rule from '../../rules/kubernetes/k8s053-no-rbac-create-pods';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s053.cases';

runRuleTests(rule, cases);

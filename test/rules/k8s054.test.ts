import rule from '../../rules/kubernetes/k8s054-no-rbac-pod-exec';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s054.cases';

runRuleTests(rule, cases);

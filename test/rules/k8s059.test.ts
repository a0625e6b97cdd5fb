import rule from '../../rules/kubernetes/k8s059-no-rbac-delete-logs-events';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s059.cases';

runRuleTests(rule, cases);

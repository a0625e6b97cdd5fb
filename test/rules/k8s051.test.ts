import rule from '../../rules/kubernetes/k8s051-no-cluster-admin-binding';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s051.cases';

runRuleTests(rule, cases);

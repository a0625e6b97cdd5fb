import rule from '../../rules/kubernetes/k8s006-no-secret-in-configmap';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s006.cases';

runRuleTests(rule, cases);

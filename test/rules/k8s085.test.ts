import rule from '../../rules/kubernetes/k8s085-no-kubernetes-dashboard';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s085.cases';

runRuleTests(rule, cases);

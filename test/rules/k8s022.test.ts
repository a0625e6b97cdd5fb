import rule from '../../rules/kubernetes/k8s022-require-trusted-image-registry';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s022.cases';

runRuleTests(rule, cases);

import rule from '../../rules/kubernetes/k8s008-no-added-capabilities';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s008.cases';

runRuleTests(rule, cases);

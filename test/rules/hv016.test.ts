import rule from '../../rules/helm/hv016-values-require-pod-disruption-budget';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv016.cases';

runRuleTests(rule, cases);

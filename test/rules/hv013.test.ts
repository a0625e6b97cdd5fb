import rule from '../../rules/helm/hv013-values-require-image-pull-policy-always';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv013.cases';

runRuleTests(rule, cases);

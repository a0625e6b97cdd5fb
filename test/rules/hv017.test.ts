import rule from '../../rules/helm/hv017-values-require-trusted-image-registry';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv017.cases';

runRuleTests(rule, cases);

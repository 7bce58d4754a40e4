export { challengesRepository } from './challenges.repository';
export { challengeRoutes } from './challenges.routes';
export { type ChallengeLead, challengesService, notifyChallengeAnswered } from './challenges.service';

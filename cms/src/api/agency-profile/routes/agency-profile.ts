import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::agency-profile.agency-profile');

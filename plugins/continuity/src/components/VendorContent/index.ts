export { VendorDetails } from './VendorDetails';

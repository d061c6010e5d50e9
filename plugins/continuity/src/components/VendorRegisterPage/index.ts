export { VendorRegisterPage } from './VendorRegisterPage';

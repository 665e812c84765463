// bottleneck/light.js (the build without Redis clustering, the one the octokit plugins load) has the main build's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}

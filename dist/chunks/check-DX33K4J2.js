import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  check
} from "./chunk-DTPPA4DK.js";
import "./chunk-MDL3D5U4.js";
import "./chunk-ZWAPBSHJ.js";
import "./chunk-XYHSFKJV.js";
import "./chunk-6BLKP3UG.js";
import "./chunk-6PLJGYI7.js";
import "./chunk-X7X4UG2A.js";
import "./chunk-VVRZXWO4.js";
import "./chunk-5OCGC5XU.js";
import "./chunk-YH6FSMWU.js";
import "./chunk-ZLVPXEUR.js";
import "./chunk-NVZPDDCL.js";
import "./chunk-XCMX2GJL.js";
import "./chunk-DYIF62SM.js";
import "./chunk-IBHAI4TG.js";
import "./chunk-3HWBFXYF.js";
import "./chunk-ZYJSUGIU.js";
import "./chunk-HQQHABIC.js";
import "./chunk-MQV2UBXU.js";
import "./chunk-4SLAPG64.js";
import "./chunk-DPMGP35D.js";
import "./chunk-SFWSLJDO.js";
import "./chunk-QF27ZMO6.js";
import "./chunk-3XTEDWNP.js";
import "./chunk-5ULX4MLQ.js";
import "./chunk-QJL4FYXZ.js";
import "./chunk-P5M7MNV3.js";
import "./chunk-WU742HZ6.js";
import "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-3M7CTMJA.js";
import "./chunk-6DXABNRN.js";
import "./chunk-6CSNV4PK.js";
import "./chunk-HNBHNOSM.js";
import "./chunk-S42OCB4Q.js";
export {
  check
};

const id=930;const ids=[930];const modules={930:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{pinCommand:()=>pinCommand,upgradeCommand:()=>upgradeCommand});var _quality_pin__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(1173);var _args_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(7109);const COMMON=`Options:
  --server-url URL   the server the actions live on (default: GITHUB_SERVER_URL, else https://github.com;
                     file:// works for local mirrors)
  --root DIR         the repository (default: the current directory)
  --check            change nothing; exit 1 when something would change
  --json             print the result as JSON
  -h, --help         show this help

FILES default to .github/workflows/*.yml and every action.yml of the repository. Only the refs
change: comments and formatting stay byte for byte.

Exit codes: 0 done, 1 with --check when something would change, 2 a usage or configuration error
(a repository or ref that does not exist, a server that cannot be reached).
`;const PIN_HELP=`Usage: quality pin [FILES...] [options]

Rewrite every uses: owner/repo[/path]@ref to the full commit SHA the ref names, with the ref as a
comment (uses: actions/checkout@11bd719\u2026 # v4.2.2). Annotated tags are peeled to their commit.

${COMMON}`;const UPGRADE_HELP=`Usage: quality upgrade [FILES...] [--major] [options]

Move each pinned action to the newest release within its major version (across majors with
--major), keeping its form (SHA + comment, or tag), and print each action's changes link.

  --major            also move to a newer major version
${COMMON}`;const OPTIONS={"server-url":{type:"string"},root:{type:"string"},check:{type:"boolean"},json:{type:"boolean"},help:{type:"boolean",short:"h"}};function input(argv,io,extra={}){const{values,positionals,inputs}=(0,_args_js__WEBPACK_IMPORTED_MODULE_1__.qg)(argv,{...OPTIONS,...extra},Number.MAX_SAFE_INTEGER);const root=(0,_args_js__WEBPACK_IMPORTED_MODULE_1__.Tc)(io.cwd,values.root,"--root");return{values,input:{root,files:positionals.map(f=>(0,_args_js__WEBPACK_IMPORTED_MODULE_1__.Be)(io.cwd,f)),serverUrl:inputs.string("--server-url",io.env.GITHUB_SERVER_URL||"https://github.com"),check:values.check===true}}}async function print(io,json,out){await io.stdout(json?`${JSON.stringify(out.result,null,2)}
`:out.text);return out.exitCode}const pinCommand=async(argv,io)=>{if(argv.includes("--help")||argv.includes("-h")){await io.stdout(PIN_HELP);return 0}const{values,input:i}=input(argv,io);return print(io,values.json,await(0,_quality_pin__WEBPACK_IMPORTED_MODULE_0__.F0)(i))};const upgradeCommand=async(argv,io)=>{if(argv.includes("--help")||argv.includes("-h")){await io.stdout(UPGRADE_HELP);return 0}const{values,input:i}=input(argv,io,{major:{type:"boolean"}});return print(io,values.json,await(0,_quality_pin__WEBPACK_IMPORTED_MODULE_0__._8)({...i,major:values.major===true}))}})};export{id,ids,modules};

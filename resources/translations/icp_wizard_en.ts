<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>（{duration}）</source>
        <translation> ({duration})</translation>
    </message>
    <message>
        <source>满足日期：{date}</source>
        <translation>Met from: {date}</translation>
    </message>
    <message>
        <source>核对日期：{checked}</source>
        <translation>Checked: {checked}</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>为什么问这一项？（F1）</source>
        <translation>Why is this asked? (F1)</translation>
    </message>
    <message>
        <source>说明：{field}</source>
        <translation>Help: {field}</translation>
    </message>
    <message>
        <source>（已保留之前的有效值）</source>
        <translation>(the previous valid value is kept)</translation>
    </message>
    <message>
        <source>多项用逗号分隔</source>
        <translation>Separate items with commas</translation>
    </message>
    <message>
        <source>例如 100万 或 1000000</source>
        <translation>e.g. 1000000 or 100万</translation>
    </message>
    <message>
        <source>未保存的更改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>是否保存对当前申请的更改？</source>
        <translation>Save the changes to this application?</translation>
    </message>
    <message>
        <source>打开申请</source>
        <translation>Open application</translation>
    </message>
    <message>
        <source>无法打开文件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>无法读取 {path}：
{reason}</source>
        <translation>Cannot read {path}:
{reason}</translation>
    </message>
    <message>
        <source>文件正在使用</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>{name} 已在另一个窗口或另一台电脑上打开。</source>
        <translation>{name} is open in another window or on another computer.</translation>
    </message>
    <message>
        <source>只读打开不会改动文件；接管编辑后，保存前仍会检查对方是否已保存过。</source>
        <translation>Read-only leaves the file alone. If you take over, a save still checks whether the other person saved first.</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>接管编辑</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>文件已被修改</source>
        <translation>File changed</translation>
    </message>
    <message>
        <source>自您打开 {name} 以来，它已被别人或其他程序修改。</source>
        <translation>{name} was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>另存为可同时保留两个版本。覆盖会用您的版本替换对方的（对方的版本保存在 .bak 备份中）。</source>
        <translation>Save As keeps both versions. Overwrite replaces theirs (theirs is kept as the .bak backup).</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{file}

保存没有成功，原文件保持不变，您的修改仍在窗口中。
原因：{reason}</source>
        <translation>{file}

The save did not happen; the file on disk is unchanged and your changes are still here.
Reason: {reason}</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>还没有条目，点击“添加”。</source>
        <translation>No entries yet; click Add.</translation>
    </message>
    <message>
        <source>出现意外错误</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>程序遇到了一个意外问题，刚才的操作没有完成。您的工作已自动保存；建议先保存文件，再重新启动程序。</source>
        <translation>The program ran into an unexpected problem and did not finish what you just did. Your work has been autosaved; save your file, then restart the program.</translation>
    </message>
    <message>
        <source>本机已记下一份错误报告，供开发人员查找原因。报告不含姓名、证件号码、地址或文件内容，本程序也不会把它发送到任何地方；需要帮助时，您可以自行把它发给为您提供本程序的人。</source>
        <translation>An error report has been written on this computer to help the developers find the cause. It contains no names, ID numbers, addresses or file contents, and the program never sends it anywhere; if you need help, you can pass it on yourself to whoever provides the program to you.</translation>
    </message>
    <message>
        <source>报告文件：</source>
        <translation>Report file:</translation>
    </message>
    <message>
        <source>报告无法写入文件（{reason}），但可以复制下面的内容。</source>
        <translation>The report could not be written to a file ({reason}), but you can copy it below.</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>程序遇到了一个意外问题，刚才的操作没有完成。您的数据已自动保存；如问题反复出现，请保存文件后重新启动程序。

问题类型：</source>
        <translation>The program hit an unexpected problem and did not finish the last action. Your work is autosaved; if this keeps happening, save your file and restart the program.

Kind of problem: </translation>
    </message>
    <message>
        <source>部分规则包无法使用</source>
        <translation>Some rule packs could not be used</translation>
    </message>
    <message>
        <source>以下规则包有错误，已跳过；其他省份仍可使用：

</source>
        <translation>These rule packs have errors and were skipped; the other provinces still work:

</translation>
    </message>
    <message>
        <source>没有可用的规则包</source>
        <translation>No rule packs</translation>
    </message>
    <message>
        <source>找不到任何省份的规则包，无法检查申请。</source>
        <translation>No province rule pack was found; nothing can be checked.</translation>
    </message>
    <message>
        <source>问题类型：</source>
        <translation>Kind of problem: </translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>自动保存的内容无法读取，没有恢复。
{reason}</source>
        <translation>The autosaved work could not be read and was not recovered.
{reason}</translation>
    </message>
    <message>
        <source>恢复未保存的工作</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>上次程序没有正常退出。是否恢复自动保存的内容？</source>
        <translation>The program did not exit normally last time. Recover the autosaved work?</translation>
    </message>
    <message>
        <source>先回答几个问题，判断您是否需要ICP许可证，以及按哪个省份的要求准备。</source>
        <translation>A few questions first: do you need the ICP licence at all, and which province&apos;s rules apply?</translation>
    </message>
    <message>
        <source>{region}（仅全国通用要求）</source>
        <translation>{region} (national baseline only)</translation>
    </message>
    <message>
        <source>您不需要申请ICP许可证</source>
        <translation>You do not need the ICP licence</translation>
    </message>
    <message>
        <source>ICP备案的一般步骤：① 准备营业执照、负责人身份证和域名证书；② 在接入服务商（云服务商）的备案系统中填写主体和网站信息；③ 服务商初审后提交通信管理局审核，通常约20个工作日；④ 取得备案号后在网站首页底部展示。</source>
        <translation>The ICP备案 (filing) path: 1) prepare the business licence, the responsible person&apos;s ID and the domain certificate; 2) fill in the entity and site details in your hosting or cloud provider&apos;s filing system; 3) the provider checks them and passes them to the communications administration (about 20 working days); 4) show the filing number in your home page footer.</translation>
    </message>
    <message>
        <source>按营业执照填写申请主体的信息。</source>
        <translation>Fill in the applicant&apos;s details as shown on the business licence.</translation>
    </message>
    <message>
        <source>勾选已经建立的制度、已采取的安全措施和网站已有的功能。</source>
        <translation>Tick the policies you have, the security measures in place and the functions your site offers.</translation>
    </message>
    <message>
        <source>管理制度</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>安全措施</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>网站功能</source>
        <translation>Site functions</translation>
    </message>
    <message>
        <source>如实填写企业和法定代表人的信用情况以及近年的违规记录。</source>
        <translation>Declare the company&apos;s and the legal representative&apos;s credit standing and any recent violations.</translation>
    </message>
    <message>
        <source>违规记录</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>本省要求核查办公场地：填写面积、租赁和消防情况以及主要设备。</source>
        <translation>This province checks the office: area, lease, fire-safety filing and the main equipment.</translation>
    </message>
    <message>
        <source>设备清单</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>列出要在许可证上登记的每个域名。</source>
        <translation>List every domain to be registered on the licence.</translation>
    </message>
    <message>
        <source>列出网站或App使用的服务器及其所在地。</source>
        <translation>List the servers your site or app runs on and where they are.</translation>
    </message>
    <message>
        <source>列出参与运营的员工；社保起缴日期和省份决定能否满足人员要求。</source>
        <translation>List the staff who run the service; social-security dates and province decide the staffing rules.</translation>
    </message>
    <message>
        <source>选择企业所在的区/市和对应的产业场景；若该场景要求对接平台，请选择平台并签订合作协议。</source>
        <translation>Choose your district and its industry scene; where the scene requires a docking platform, choose it and sign the agreement.</translation>
    </message>
    <message>
        <source>（必须对接）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>本省需要提交的材料清单。逐项准备，并把状态改为“已备齐”。</source>
        <translation>The materials this province asks for. Prepare each one and set its status to Ready.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>请先在第一页选择申请省份。</source>
        <translation>Choose the province on the first page first.</translation>
    </message>
    <message>
        <source>已满足</source>
        <translation>met</translation>
    </message>
    <message>
        <source>{date}起满足</source>
        <translation>met from {date}</translation>
    </message>
    <message>
        <source>不满足</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>尚缺回答</source>
        <translation>answer missing</translation>
    </message>
    <message>
        <source>行动计划</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>省份：{province}&#x3000;受理机关：{authority}</source>
        <translation>Province: {province} · Authority: {authority}</translation>
    </message>
    <message>
        <source>未解决的阻断问题</source>
        <translation>Open blockers</translation>
    </message>
    <message>
        <source>关键路径</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>单击步骤或按回车跳到对应的字段；勾选“已完成”记录已办理的事项。</source>
        <translation>Click a step or press Enter to go to its field; tick “Done” to record what has been done.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>第{n}位人员</source>
        <translation>staff member no. {n}</translation>
    </message>
    <message>
        <source>提交之后（{authority}）</source>
        <translation>After filing ({authority})</translation>
    </message>
    <message>
        <source>取得许可证之后</source>
        <translation>After the licence</translation>
    </message>
    <message>
        <source>（最稳妥）</source>
        <translation> (safest)</translation>
    </message>
    <message>
        <source>部分年份的法定节假日安排尚未公布，相关日期按周一至周五估算。</source>
        <translation>Some years&apos; official holiday schedule is not published yet; those dates are counted Monday to Friday.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>请先选择申请省份。</source>
        <translation>Choose a province first.</translation>
    </message>
    <message>
        <source>把检查结果和材料清单导出为 PDF 报告和 Excel 表格，或生成申请材料包（各项文件的草稿）。</source>
        <translation>Export the findings and the materials checklist as a PDF report and an Excel workbook, or make the materials kit (drafts of each document).</translation>
    </message>
    <message>
        <source>生成申请材料包</source>
        <translation>Make materials kit</translation>
    </message>
    <message>
        <source>选择保存材料包的文件夹</source>
        <translation>Choose the folder to save the materials kit in</translation>
    </message>
    <message>
        <source>替换材料包？</source>
        <translation>Replace the materials kit?</translation>
    </message>
    <message>
        <source>该文件夹中已有材料包，是否替换？
</source>
        <translation>This folder already holds a materials kit. Replace it?
</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Making the kit…</translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 份文件：</source>
        <translation>
            <numerusform>%n document made: </numerusform>
            <numerusform>%n documents made: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 处待补充内容（文件中以黄色标出，见目录的“待补充内容”表）。</source>
        <translation>
            <numerusform>%n placeholder is left (highlighted in yellow in the files; see the index&apos;s 待补充内容 sheet).</numerusform>
            <numerusform>%n placeholders are left (highlighted in yellow in the files; see the index&apos;s 待补充内容 sheet).</numerusform>
        </translation>
    </message>
    <message>
        <source>姓名和身份证号已部分隐去，这些文件不能直接提交；需要时勾选上面的选项重新生成。</source>
        <translation>Names and ID numbers are partly masked, so these files cannot be submitted as they are; tick the option above and make the kit again when needed.</translation>
    </message>
    <message>
        <source>压缩包</source>
        <translation>Zip archive</translation>
    </message>
    <message>
        <source>未能使用的模板</source>
        <translation>Templates that could not be used</translation>
    </message>
    <message>
        <source>没有生成材料包。</source>
        <translation>No materials kit was made. </translation>
    </message>
    <message>
        <source>生成失败</source>
        <translation>Kit not made</translation>
    </message>
    <message>
        <source>没有写入材料包，原有文件未被改动。
原因：{reason}</source>
        <translation>The materials kit was not written; existing files are unchanged.
Reason: {reason}</translation>
    </message>
    <message>
        <source>选择导出文件夹</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>覆盖文件？</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <source>以下文件已存在，是否覆盖？
</source>
        <translation>These files exist already. Replace them?
</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>没有写入导出文件。
原因：{reason}</source>
        <translation>Nothing was exported.
Reason: {reason}</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>PDF 报告</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Excel 材料清单</source>
        <translation>Checklist workbook</translation>
    </message>
    <message>
        <source>可打印的材料清单（PDF）</source>
        <translation>Printable checklist (PDF)</translation>
    </message>
    <message>
        <source>导出完整的身份证号和姓名（默认隐去部分字符）</source>
        <translation>Include full ID numbers and names (masked by default)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>申请材料包：按本省材料清单的顺序起草各项制度、名单和声明（Word 文件），附目录（PDF 和 Excel）和校验文件。文件均为草稿，须审核、签字、盖章后提交。</source>
        <translation>Materials kit: drafts of the policies, lists and statements in the order of the province&apos;s materials list (Word files), with an index (PDF and Excel) and a checksum file. All are drafts: review, sign and seal them before submitting.</translation>
    </message>
    <message>
        <source>生成申请材料包…</source>
        <translation>Make materials kit…</translation>
    </message>
    <message>
        <source>同时生成 zip 压缩包</source>
        <translation>Also make a zip archive</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>本向导帮助您准备增值电信业务经营许可证（ICP许可证，B2 信息服务业务）的申请材料，并按所选省份的规定逐页检查。所有数据只保存在本机。</source>
        <translation>This wizard helps you prepare an application for the ICP licence (增值电信业务经营许可证, B2 information services) and checks each page against the rules of the province you choose. Your data stays on this computer.</translation>
    </message>
    <message>
        <source>ICP许可证申请向导</source>
        <translation>ICP licence wizard</translation>
    </message>
    <message>
        <source>自动保存失败：</source>
        <translation>Autosave failed: </translation>
    </message>
    <message>
        <source>输入无效</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>请先改正这一项（其他问题可以稍后处理）：
{problem}</source>
        <translation>Please correct this value first (other issues can wait):
{problem}</translation>
    </message>
    <message>
        <source>请选择申请省份</source>
        <translation>Choose a province</translation>
    </message>
    <message>
        <source>{verdict} · {counts}</source>
        <translation>{verdict} · {counts}</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ICP许可证申请向导 {version}&lt;/h3&gt;&lt;p&gt;离线检查申请材料是否符合所选省份的要求。本程序不联网。&lt;/p&gt;&lt;p&gt;规则包核对日期：&lt;/p&gt;&lt;ul&gt;{reviewed}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;ICP licence wizard {version}&lt;/h3&gt;&lt;p&gt;Checks an application offline against the chosen province&apos;s rules. This program never connects to the network.&lt;/p&gt;&lt;p&gt;Rule packs reviewed:&lt;/p&gt;&lt;ul&gt;{reviewed}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>行动计划(&amp;R)</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>本项说明(&amp;F)</source>
        <translation>Help on this &amp;field</translation>
    </message>
    <message>
        <source>术语表(&amp;G)…</source>
        <translation>&amp;Glossary…</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>导航(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>{label}：{text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>磁盘空间不足。请清理磁盘，或选择另一个磁盘上的文件夹。</source>
        <translation>The disk is full. Free some space, or choose a folder on another disk.</translation>
    </message>
    <message>
        <source>该文件夹不能写入（只读或没有权限）。请选择另一个文件夹。</source>
        <translation>The folder cannot be written to (read-only or no permission). Choose another folder.</translation>
    </message>
    <message>
        <source>是否需要许可证</source>
        <translation>whether a licence is needed</translation>
    </message>
    <message>
        <source>检查此项</source>
        <translation>checks it</translation>
    </message>
    <message>
        <source>据此判断是否适用</source>
        <translation>decides by it whether it applies</translation>
    </message>
    <message>
        <source>（指南的说法，有存疑说明）</source>
        <translation> (a guide&apos;s claim, treated with care)</translation>
    </message>
    <message>
        <source>术语：</source>
        <translation>Terms: </translation>
    </message>
    <message>
        <source>为什么问这一项</source>
        <translation>Why this is asked</translation>
    </message>
    <message>
        <source>术语表</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>术语表无法读取，请重新安装本程序。</source>
        <translation>The glossary cannot be read; please reinstall the program.</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Sources: </translation>
    </message>
    <message>
        <source>另见：</source>
        <translation>See also: </translation>
    </message>
    <message>
        <source> · 建议</source>
        <translation> · advice</translation>
    </message>
    <message>
        <source>★ 关键路径</source>
        <translation>★ critical path</translation>
    </message>
    <message>
        <source>已标记完成，但申请中的回答仍显示未满足：请更新回答，检查才会确认。</source>
        <translation>Marked done, but the answers still show the gap: update them so the check can confirm it.</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>“{step}”已完成</source>
        <translation>“{step}” done</translation>
    </message>
    <message>
        <source>前往：{field}</source>
        <translation>Go to: {field}</translation>
    </message>
    <message>
        <source>回车或单击：前往对应的字段</source>
        <translation>Enter or click: go to its field</translation>
    </message>
    <message>
        <source>人员方案</source>
        <translation>Staff options</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>没有已确定的日期</source>
        <translation>no dates known yet</translation>
    </message>
    <message>
        <source>评估日 {date}</source>
        <translation>assessed {date}</translation>
    </message>
</context>
</TS>

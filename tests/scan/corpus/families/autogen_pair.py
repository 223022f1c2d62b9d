import autogen

config_list = [{"model": "gpt-4o", "api_key": "sk-..."}, {"model": "gpt-4o-mini", "api_key": "sk-..."}]
llm_config = {"config_list": config_list, "temperature": 0}

assistant = autogen.AssistantAgent("analyst", llm_config=llm_config, system_message="You analyse CSV files.")
user = autogen.UserProxyAgent("user", human_input_mode="NEVER", code_execution_config={"work_dir": "out"})


def analyse(path: str) -> None:
    user.initiate_chat(assistant, message=f"Plot the weekly totals in {path}.", max_turns=4)
